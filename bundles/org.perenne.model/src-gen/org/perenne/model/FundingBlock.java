/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funding Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.FundingBlock#getGrants <em>Grants</em>}</li>
 *   <li>{@link org.perenne.model.FundingBlock#getReimbursementGrants <em>Reimbursement Grants</em>}</li>
 *   <li>{@link org.perenne.model.FundingBlock#getLoans <em>Loans</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getFundingBlock()
 * @model
 * @generated
 */
public interface FundingBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Grant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grants</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getFundingBlock_Grants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Grant> getGrants();

	/**
	 * Returns the value of the '<em><b>Reimbursement Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.ReimbursementGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reimbursement Grants</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getFundingBlock_ReimbursementGrants()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReimbursementGrant> getReimbursementGrants();

	/**
	 * Returns the value of the '<em><b>Loans</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Loan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loans</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getFundingBlock_Loans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Loan> getLoans();

} // FundingBlock
