/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actual Accounts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The accounts of the months already lived: each income-statement account's balance by month, the bank's cash at each month end, and how accounts map to the canvas's lines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.ActualAccounts#getSource <em>Source</em>}</li>
 *   <li>{@link org.perenne.model.ActualAccounts#getBalances <em>Balances</em>}</li>
 *   <li>{@link org.perenne.model.ActualAccounts#getCash <em>Cash</em>}</li>
 *   <li>{@link org.perenne.model.ActualAccounts#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getActualAccounts()
 * @model
 * @generated
 */
public interface ActualAccounts extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the file the accounts were imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.perenne.model.PerennePackage#getActualAccounts_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.perenne.model.ActualAccounts#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Balances</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.AccountBalance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Balances</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getActualAccounts_Balances()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountBalance> getBalances();

	/**
	 * Returns the value of the '<em><b>Cash</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.CashBalance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cash</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getActualAccounts_Cash()
	 * @model containment="true"
	 * @generated
	 */
	EList<CashBalance> getCash();

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.AccountMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getActualAccounts_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountMapping> getMappings();

} // ActualAccounts
