/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reimbursement Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getRate <em>Rate</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getEligibleCosts <em>Eligible Costs</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getProgrammeStartMonth <em>Programme Start Month</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getProgrammeEndMonth <em>Programme End Month</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getCap <em>Cap</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getClaimEveryMonths <em>Claim Every Months</em>}</li>
 *   <li>{@link org.perenne.model.ReimbursementGrant#getDelayMonths <em>Delay Months</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getReimbursementGrant()
 * @model
 * @generated
 */
public interface ReimbursementGrant extends Element {
	/**
	 * Returns the value of the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder</em>' reference.
	 * @see #setFunder(Funder)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_Funder()
	 * @model required="true"
	 * @generated
	 */
	Funder getFunder();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getFunder <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funder</em>' reference.
	 * @see #getFunder()
	 * @generated
	 */
	void setFunder(Funder value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"PROJECT"</code>.
	 * The literals are from the enumeration {@link org.perenne.model.GrantKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.GrantKind
	 * @see #setKind(GrantKind)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_Kind()
	 * @model default="PROJECT"
	 * @generated
	 */
	GrantKind getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.GrantKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GrantKind value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_Rate()
	 * @model
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

	/**
	 * Returns the value of the '<em><b>Eligible Costs</b></em>' reference list.
	 * The list contents are of type {@link org.perenne.model.CostLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eligible Costs</em>' reference list.
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_EligibleCosts()
	 * @model
	 * @generated
	 */
	EList<CostLine> getEligibleCosts();

	/**
	 * Returns the value of the '<em><b>Programme Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programme Start Month</em>' attribute.
	 * @see #setProgrammeStartMonth(int)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_ProgrammeStartMonth()
	 * @model
	 * @generated
	 */
	int getProgrammeStartMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getProgrammeStartMonth <em>Programme Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme Start Month</em>' attribute.
	 * @see #getProgrammeStartMonth()
	 * @generated
	 */
	void setProgrammeStartMonth(int value);

	/**
	 * Returns the value of the '<em><b>Programme End Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programme End Month</em>' attribute.
	 * @see #setProgrammeEndMonth(int)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_ProgrammeEndMonth()
	 * @model
	 * @generated
	 */
	int getProgrammeEndMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getProgrammeEndMonth <em>Programme End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme End Month</em>' attribute.
	 * @see #getProgrammeEndMonth()
	 * @generated
	 */
	void setProgrammeEndMonth(int value);

	/**
	 * Returns the value of the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cap</em>' attribute.
	 * @see #setCap(double)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_Cap()
	 * @model
	 * @generated
	 */
	double getCap();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getCap <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cap</em>' attribute.
	 * @see #getCap()
	 * @generated
	 */
	void setCap(double value);

	/**
	 * Returns the value of the '<em><b>Claim Every Months</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim Every Months</em>' attribute.
	 * @see #setClaimEveryMonths(int)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_ClaimEveryMonths()
	 * @model default="6"
	 * @generated
	 */
	int getClaimEveryMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getClaimEveryMonths <em>Claim Every Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Every Months</em>' attribute.
	 * @see #getClaimEveryMonths()
	 * @generated
	 */
	void setClaimEveryMonths(int value);

	/**
	 * Returns the value of the '<em><b>Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Months</em>' attribute.
	 * @see #setDelayMonths(int)
	 * @see org.perenne.model.PerennePackage#getReimbursementGrant_DelayMonths()
	 * @model
	 * @generated
	 */
	int getDelayMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.ReimbursementGrant#getDelayMonths <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Months</em>' attribute.
	 * @see #getDelayMonths()
	 * @generated
	 */
	void setDelayMonths(int value);

} // ReimbursementGrant
